"""omega: saves and loads a browser game party's scene state, over HTTP.

    pip install -r requirements.txt
    alembic upgrade head          # create or update the schema (once per deploy)
    uvicorn omega:app             # serve POST /api/v1/save and GET /api/v1/load/{session_id}

omega stores the state a frontend sends and returns it unchanged; it does not interpret the story. The state's
fields are the columns in STATE, `check_save` checks their rules, and every error is JSON that names the field
and the rule: {"error": "..."}. No request waits for the database past TIMEOUT: it gets a 503 with Retry-After.
"""
import asyncio
import contextlib
import gc
import json
import logging
import os
import re
import select as sockets
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from urllib.request import pathname2url

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, Table, Text, Uuid
from sqlalchemy import bindparam, create_engine, event, make_url, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def refuse(reason):  # the reason alone, no traceback; exit code 3 tells uvicorn not to restart the worker
    print(f"omega: {reason}", file=sys.stderr, flush=True)
    os._exit(3)


# --- Configuration: the environment, read once ---------------------------------------------------
if os.environ.get("ENV") == "production" and not os.environ.get("DATABASE_URL"):
    refuse("ENV=production needs DATABASE_URL (e.g. postgresql://user:pass@host/db)")
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./omega.db")
CORS_ORIGINS = [origin.strip() for origin in os.environ.get("CORS_ORIGINS", "*").split(",")]
LOAD_THREADS, SAVE_THREADS = 2, 4  # per worker: threads for database calls (SQLite saves on one: one writer)
BATCH = 100  # at most this many requests answered by one database call
TIMEOUT = 5  # seconds a request may wait for the database before its 503; normal load stays far below
LOCK_WAIT = 0.05  # seconds a PostgreSQL call waits for a lock before it gives its thread back and tries again

# --- Rules: the limits of a saved state ---------------------------------------------------------
MAX_BODY_BYTES = 64 * 1024
SCENES = 11
MAX_TEXT = 100  # characters in a party name, hero name or class, symbol, choice key or choice
MAX_HEROES = 32
MAX_HP = 1_000_000
MAX_CHOICES = 64
MAX_SAFE_INTEGER = 2**53 - 1  # JavaScript's exact integers; PostgreSQL would print 1e300 as 301 digits
SESSION_ID = re.compile(r"[A-Za-z0-9._~-]{1,128}")
BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")  # NUL, or half of a surrogate pair
ENTITY_TAG = r'(W/)?"([\x21\x23-\x7e\x80-\xff]*)"'  # RFC 9110, 8.8.3; omega's are revisions: "1", "2", ...
TAG_LIST = re.compile(rf"[ \t,]*+(?:{ENTITY_TAG}(?:[ \t]*+,[ \t,]*+{ENTITY_TAG})*+)?+[ \t,]*+")  # possessive: linear
REVISION = re.compile(r"[1-9][0-9]{0,9}")
PRECONDITION_FAILED = {  # a save's 412, by the header that failed and whether it held *
    ("if-match", True): "does not exist and If-Match: * only replaces",
    ("if-match", False): "is not at revision {} given in If-Match (it was saved since, or never)",
    ("if-none-match", True): "already exists and If-None-Match: * only creates",
    ("if-none-match", False): "is at a revision given in If-None-Match: {}",
}

# --- Schema: Alembic migrates this metadata ------------------------------------------------------
metadata = MetaData(naming_convention={  # constraint names that Alembic can find again
    "pk": "pk_%(table_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"})
JSONDocument = JSON().with_variant(postgresql.JSONB(), "postgresql")
STATE = (  # the saved state's fields: each one's column, keyed by the field's name; saves and loads follow this
    Column("scene_index", Integer, nullable=False),
    Column("name", Text, nullable=False, key="party_name"),  # the column keeps the plan's name
    Column("heroes", JSONDocument, nullable=False),
    Column("symbol_choice", Text),
    Column("choices", JSONDocument, nullable=False),
)
parties = Table(
    "parties", metadata,
    Column("id", Uuid, primary_key=True),
    Column("session_id", Text, nullable=False, unique=True),
    *STATE,
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False, server_default="1"),  # the ETag: +1 on every save
)


# --- Database: the engine and the statements, built once -----------------------------------------
def make_engine(url):
    """An engine for DATABASE_URL that bounds every wait by TIMEOUT; it autocommits (a save is one statement)."""
    url = make_url(url)
    if url.drivername in ("postgres", "postgresql"):  # SQLAlchemy 2.1 alone would pick psycopg 3
        url = url.set(drivername="postgresql+psycopg2")
    pool = {"isolation_level": "AUTOCOMMIT", "pool_size": LOAD_THREADS + SAVE_THREADS, "max_overflow": 0}
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **pool, connect_args={"timeout": TIMEOUT})  # seconds to wait for another writer

        @event.listens_for(engine, "do_connect")
        def existing_file_only(dialect, record, cargs, cparams):  # a mistyped path must not leave an empty database
            cargs[0], cparams["uri"] = f"file:{pathname2url(cargs[0])}?mode=rw", True

        @event.listens_for(engine, "connect")
        def write_ahead_and_sync_every_commit(connection, _):
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
        return engine
    if url.get_backend_name() != "postgresql":
        refuse(f"DATABASE_URL must be sqlite or postgresql, not {url.get_backend_name()}")
    engine = create_engine(url, **pool, connect_args={"connect_timeout": TIMEOUT})
    # Every statement carries its limits in its own round trip: PgBouncer refuses `options`, and a SET would linger
    limits = f"SET LOCAL statement_timeout = '{TIMEOUT}s'; SET LOCAL lock_timeout = '{LOCK_WAIT}s'; "

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def bounded(connection, cursor, statement, parameters, context, executemany):
        return limits + statement, parameters

    @event.listens_for(engine, "checkout")  # a ping without a round trip: a connection the server closed reads ready
    def closed_by_server(dbapi_connection, record, proxy):
        if sockets.select([dbapi_connection.fileno()], [], [], 0)[0]:
            raise DisconnectionError("the server closed this pooled connection")  # the pool opens a new one
    return engine


NONE_OF = parties.c.revision.not_in(bindparam("none_of", expanding=True))  # If-None-Match: "3", "4"


def inserts(insert):
    """For one dialect: the upsert, the upsert unless the row is at a revision in `none_of`, and the create-only
    insert. ON CONFLICT skips Column(onupdate=), so updated_at and revision are set here."""
    stmt = insert(parties)
    on, replaced = {"index_elements": [parties.c.session_id]}, {c.key: stmt.excluded[c.key] for c in STATE}
    update = {**on, "set_": {**replaced, "updated_at": stmt.excluded.updated_at, "revision": parties.c.revision + 1}}
    return (stmt.on_conflict_do_update(**update).returning(parties.c.revision),
            stmt.on_conflict_do_update(**update, where=NONE_OF).returning(parties.c.revision),
            stmt.on_conflict_do_nothing(**on).returning(parties.c.revision))


engine = make_engine(DATABASE_URL)
INSERTS = {"postgresql": inserts(postgresql.insert), "sqlite": inserts(sqlite.insert)}
UPDATE = (parties.update().where(parties.c.session_id == bindparam("match")).where(NONE_OF)  # If-Match: *
          .values(revision=parties.c.revision + 1).returning(parties.c.revision))
UPDATE_AT = UPDATE.where(parties.c.revision.in_(bindparam("any_of", expanding=True)))  # If-Match: "3", "4"
LOAD = (select(parties.c.session_id, parties.c.revision, *(c.label(c.key) for c in STATE))
        .where(parties.c.session_id.in_(bindparam("session_ids", expanding=True))))
log = logging.getLogger("uvicorn.error")


def save_statement(session_id, state, if_match, if_none_match):
    """The statement that stores `state` if If-Match, then If-None-Match, holds (RFC 9110, 13.2.2), and its
    parameters. It returns the new revision, or no row when a precondition fails."""
    now = datetime.now(timezone.utc)
    values = {**{c.key: state[c.key] for c in STATE}, "updated_at": now}
    if if_match is None:  # the session may be new
        upsert, upsert_unless, create = INSERTS[engine.dialect.name]
        values.update(id=uuid.uuid4(), session_id=session_id, created_at=now)
        if if_none_match in (None, "*"):
            return (create if if_none_match else upsert), values
        return upsert_unless, {**values, "none_of": if_none_match}
    if if_none_match == "*":  # If-Match holds only for an existing session, which If-None-Match: * refuses
        if_match, if_none_match = [], None
    values.update(match=session_id, none_of=if_none_match or [], any_of=if_match)
    return (UPDATE if if_match == "*" else UPDATE_AT), values


# --- Database calls: on threads of their own, in batches -----------------------------------------
def load_all(session_ids):
    """The row of each session, or None where nothing is saved: one query for all."""
    with engine.connect() as connection:
        found = {row.session_id: row for row in connection.execute(LOAD, {"session_ids": session_ids})}
    return [found.get(session_id) for session_id in session_ids]


def locked(exc):  # PostgreSQL's lock_not_available: a call waited LOCK_WAIT for a lock and let go
    return getattr(exc.orig, "pgcode", None) == "55P03"


def save_all(saves):
    """Each (statement, parameters) pair's new revision row, or None where a precondition failed. SQLite commits
    them together (one fsync); PostgreSQL each on its own, and a save whose row is locked gets its error alone."""
    answers, together = [], engine.dialect.name == "sqlite"
    with engine.connect() as connection:  # closing it rolls back whatever was not committed
        if together:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # takes SQLite's write lock, waiting up to TIMEOUT for it
        for save in saves:
            try:
                answers.append(connection.execute(*save).first())
            except OperationalError as exc:
                if not locked(exc):
                    raise
                answers.append(exc)
        if together:
            connection.exec_driver_sql("COMMIT")
    return answers


class Batches:
    """Calls to `run` (a list of requests in, a list of answers out) on `threads` threads of their own: requests
    that arrive while every thread is busy wait, and the next free thread answers up to `size` of them at once."""

    def __init__(self, run, threads, size=BATCH):
        self.run, self.size, self.executor = run, size, ThreadPoolExecutor(threads)
        self.free, self.waiting, self.draining = threads, [], set()

    async def __call__(self, request):
        """The answer to `request`, or TimeoutError after TIMEOUT seconds. A call that met a lock tries again."""
        async with asyncio.timeout(TIMEOUT):
            while True:
                answer = asyncio.get_running_loop().create_future()
                self.waiting.append((request, answer))
                if self.free:
                    self.free -= 1
                    task = asyncio.create_task(self.drain())
                    self.draining.add(task)  # asyncio keeps only a weak reference to a task
                    task.add_done_callback(self.draining.discard)
                try:
                    return await answer
                except OperationalError as exc:
                    if not locked(exc):
                        raise
                await asyncio.sleep(4 * LOCK_WAIT)

    async def drain(self):
        """Run batches on one thread until no request waits; then that thread is free again."""
        try:
            while waiting := [item for item in self.waiting if not item[1].done()]:  # done: given up on
                batch, self.waiting = waiting[:self.size], waiting[self.size:]
                try:
                    answers = await asyncio.get_running_loop().run_in_executor(
                        self.executor, self.run, [request for request, _ in batch])
                except Exception as exc:  # the database failed the whole batch
                    answers = [exc] * len(batch)
                for (_, future), answer in zip(batch, answers):
                    if not future.done():
                        (future.set_exception if isinstance(answer, Exception) else future.set_result)(answer)
        finally:
            self.free += 1


loads = Batches(load_all, LOAD_THREADS)
# SQLite takes one writer at a time, so one thread; PostgreSQL's saves run side by side, four to a hand-off.
saves = {"sqlite": Batches(save_all, 1), "postgresql": Batches(save_all, SAVE_THREADS, size=4)}


# --- Checking a save: raw bytes in, (session_id, state) out, or Rejected ---------------------------
class Rejected(HTTPException):
    """A request omega refuses, with its status and the message that names the field and the rule."""


def check_session_id(session_id):
    if not (isinstance(session_id, str) and SESSION_ID.fullmatch(session_id) and session_id not in (".", "..")):
        raise Rejected(422, "session_id must be 1 to 128 characters from A-Z a-z 0-9 . _ ~ - (and not . or ..)")
    return session_id


def parse_json(raw):
    """The JSON object in `raw`: strict UTF-8 JSON, no NaN or Infinity, no repeated keys."""
    def no_constant(name):
        raise ValueError(f"{name} is not JSON")

    def no_repeats(pairs):
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError(f"key {json.dumps(max(keys, key=keys.count))} appears twice in one object")
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


def fields(value, where, keys):
    """`value` as an object with exactly `keys`: none missing, none unknown."""
    if not isinstance(value, dict):
        raise Rejected(422, f"{where} must be an object with keys {', '.join(keys)}")
    if unknown := [key for key in value if key not in keys]:
        raise Rejected(422, f"{where} has unknown key {json.dumps(unknown[0])}; allowed: {', '.join(keys)}")
    if missing := [key for key in keys if key not in value]:
        raise Rejected(422, f"{where}.{missing[0]} is required")
    return value


def integer(value, where, low, high):
    """`value` as an int. JSON has one number type, so 3.0 and 1.2e1 are integers; true is not."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int or not low <= value <= high:  # type(): a JSON true is not an integer
        raise Rejected(422, f"{where} must be an integer from {low} to {high}")
    return value


def text(value, where):
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_TEXT or BAD_CHARACTER.search(value):
        raise Rejected(422, f"{where} must be a string of 1 to {MAX_TEXT} characters, "
                            "without NUL or unpaired surrogates")
    return value


def decision(value, where):
    """A choice's value: a string, a number, true, false or null; never an object or a list."""
    if isinstance(value, str):
        return text(value, where)
    if value is None or isinstance(value, bool) or (type(value) in (int, float) and abs(value) <= MAX_SAFE_INTEGER):
        return value  # abs(): also refuses 1e400, which Python reads as inf
    raise Rejected(422, f"{where} must be a string, a number from -{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}, "
                        "true, false or null")


def check_save(raw):
    """The (session_id, state) of a save body, every rule checked; raises Rejected otherwise."""
    body = fields(parse_json(raw), "body", ("session_id", "state"))
    session_id = check_session_id(body["session_id"])
    state = fields(body["state"], "state", [column.key for column in STATE])
    state["scene_index"] = integer(state["scene_index"], "state.scene_index", 1, SCENES)
    text(state["party_name"], "state.party_name")
    if state["symbol_choice"] is not None:
        text(state["symbol_choice"], "state.symbol_choice")
    heroes = state["heroes"]
    if not isinstance(heroes, list) or len(heroes) > MAX_HEROES:
        raise Rejected(422, f"state.heroes must be a list of at most {MAX_HEROES} heroes")
    for i, hero in enumerate(heroes):
        fields(hero, f"state.heroes[{i}]", ("name", "class", "hp"))
        text(hero["name"], f"state.heroes[{i}].name")
        text(hero["class"], f"state.heroes[{i}].class")
        hero["hp"] = integer(hero["hp"], f"state.heroes[{i}].hp", 0, MAX_HP)
    choices = state["choices"]
    if not isinstance(choices, dict) or len(choices) > MAX_CHOICES:
        raise Rejected(422, f"state.choices must be an object of at most {MAX_CHOICES} entries")
    for key, value in choices.items():
        text(key, f"state.choices key {json.dumps(key)}")
        decision(value, f"state.choices[{json.dumps(key)}]")
    return session_id, state


async def read_body(request):
    """The request body, read from the stream and refused as soon as it passes MAX_BODY_BYTES."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise Rejected(413, f"body must be at most {MAX_BODY_BYTES} bytes")
    return bytes(body)


def header(request, name):
    """A header's value, its lines joined as RFC 9110 joins a list; None if it was not sent."""
    lines = request.headers.getlist(name)
    return ", ".join(lines).strip(" \t") if lines else None


def preconditions(request):
    """If-Match and If-None-Match (RFC 9110, 13.1.1-2): each None (not sent), "*", or the revisions whose ETag
    it lists. If-Match compares strongly, so a weak tag (W/"3") matches nothing; If-None-Match weakly."""
    conditions = []
    for name in ("if-match", "if-none-match"):
        value = header(request, name)
        if value not in (None, "*"):
            if not TAG_LIST.fullmatch(value):
                raise Rejected(400, f'{name.title()} must be * or a list of entity tags such as "3", W/"4"')
            value = [int(tag) for weak, tag in re.findall(ENTITY_TAG, value)
                     if REVISION.fullmatch(tag) and not (weak and name == "if-match")]
        conditions.append(value)
    return conditions


# --- Endpoints -----------------------------------------------------------------------------------
async def save(request):
    session_id, state = check_save(await read_body(request))
    if_match, if_none_match = preconditions(request)
    saved = await saves[engine.dialect.name](save_statement(session_id, state, if_match, if_none_match))
    if saved is None:
        failed = [PRECONDITION_FAILED[name, value == "*"].format(value)
                  for name in ("if-match", "if-none-match") if (value := header(request, name)) is not None]
        raise Rejected(412, f"session_id {session_id} {' or '.join(failed)}; nothing was saved")
    headers = {"ETag": f'"{saved.revision}"'}
    return JSONResponse({"status": "saved", "scene_index": state["scene_index"]}, headers=headers)


async def load(request):
    session_id = check_session_id(request.path_params["session_id"])
    if_match, if_none_match = preconditions(request)
    row = await loads(session_id)
    if row is None:
        raise Rejected(404, f"no state is saved for session_id {session_id}")
    headers = {"ETag": f'"{row.revision}"', "Cache-Control": "no-cache"}
    if if_match not in (None, "*") and row.revision not in if_match:
        raise Rejected(412, f"session_id {session_id} is at revision \"{row.revision}\", not one given in If-Match")
    if if_none_match == "*" or row.revision in (if_none_match or ()):  # the browser's copy is current
        return Response(status_code=304, headers=headers)
    state = {column.key: getattr(row, column.key) for column in STATE}
    return JSONResponse({"session_id": session_id, "state": state}, headers=headers)


# --- Application ---------------------------------------------------------------------------------
async def refused(request, exc):
    """omega's refusals, and the router's 404 (no such path) and 405 (wrong method), which name the request."""
    message = exc.detail if isinstance(exc, Rejected) else f"{exc.detail}: {request.method} {request.url.path}"
    return JSONResponse({"error": message}, exc.status_code, exc.headers)


async def database_unavailable(request, exc):
    """503 for a database that is down, locked or slow. The log names the error's type only: its text carries
    the statement's parameters, which are players' saved states."""
    log.warning("database unavailable: %s", type(getattr(exc, "orig", exc)).__name__)
    return JSONResponse({"error": "database unavailable; try again shortly"}, 503, {"Retry-After": "1"})


async def internal_error(request, exc):
    return JSONResponse({"error": "internal error"}, 500)


@contextlib.asynccontextmanager
async def lifespan(app):
    """Refuse to start on a database that is reachable but not at the migration scripts' head."""
    current = heads = ScriptDirectory.from_config(Config(Path(__file__).with_name("alembic.ini"))).get_heads()
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_heads()
    except (OperationalError, InterfaceError) as exc:
        path = Path(engine.url.database or "")
        if engine.dialect.name == "sqlite" and path.parent.is_dir() and not path.exists():  # no file, but its folder
            refuse(f"there is no database at {engine.url.database}: run `alembic upgrade head` to create it")
        log.warning("database unreachable at start-up (%s); answering 503 until it is back", type(exc.orig).__name__)
    if set(current) != set(heads):
        refuse(f"the database is at revision {', '.join(current) or 'none'}, omega needs {', '.join(heads)}: "
               "run `alembic upgrade head`")
    gc.freeze()  # what start-up made lives for good: the collector stops scanning it
    yield


app = Starlette(
    routes=[Route("/api/v1/save", save, methods=["POST"]), Route("/api/v1/load/{session_id}", load, methods=["GET"])],
    middleware=[Middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "If-Match", "If-None-Match"], expose_headers=["ETag"])],
    exception_handlers={HTTPException: refused, Exception: internal_error, OperationalError: database_unavailable,
                        InterfaceError: database_unavailable, TimeoutError: database_unavailable},
    lifespan=lifespan,
)
